package org.huddleboard.access;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.huddleboard.common.TrustClock;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * A real install starts with nobody who can sign in. When {@code huddle.initial-admin.password}
 * is set and there are no people yet, an {@code admin} is created with it, so the first
 * administrator can sign in and set up everyone else.
 */
@ApplicationScoped
public class InitialAdmin {

    private static final Logger LOG = Logger.getLogger(InitialAdmin.class);

    @ConfigProperty(name = "huddle.initial-admin.password")
    Optional<String> password;
    @Inject
    TrustClock clock;

    @Transactional
    void onStart(@Observes StartupEvent start) {
        if (password.isPresent() && Person.count() == 0) {
            create(password.get());
        }
    }

    /** Creates {@code admin} with this password, unless the password could not be set for anyone. */
    boolean create(String adminPassword) {
        Optional<String> refused = Passwords.refusal(adminPassword);
        if (refused.isPresent()) {
            LOG.errorf("huddle.initial-admin.password %s: no admin created", refused.get());
            return false;
        }
        Person admin = new Person();
        admin.username = "admin";
        admin.displayName = "Administrator";
        admin.role = Role.ADMIN;
        admin.passwordHash = Passwords.hash(adminPassword);
        admin.active = true;
        admin.createdAt = clock.now();
        admin.persist();
        LOG.info("Created the initial administrator 'admin'");
        return true;
    }
}

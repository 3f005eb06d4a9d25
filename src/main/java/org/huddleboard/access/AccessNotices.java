package org.huddleboard.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.huddleboard.cluster.Cluster;
import org.huddleboard.cluster.ClusterNotice;
import org.jboss.logging.Logger;

/**
 * With several nodes: access that ends or changes on one node ends or changes on all. The event is
 * announced when its transaction commits, and the other nodes fire it again locally, so their cached
 * viewers are dropped and their live boards of that device or person close, as on the node that made
 * the change. Fired again outside any transaction, it is not announced a second time.
 */
@ApplicationScoped
class AccessNotices {

    private static final Logger LOG = Logger.getLogger(AccessNotices.class);

    @Inject
    Cluster cluster;
    @Inject
    Event<DeviceRevoked> revoked;
    @Inject
    Event<SessionsEnded> ended;
    @Inject
    Event<ScopeChanged> scopes;
    @Inject
    Event<ViewerChanged> viewers;

    void announce(@Observes(during = TransactionPhase.IN_PROGRESS) DeviceRevoked e) {
        announce("revoked " + e.deviceId());
    }

    void announce(@Observes(during = TransactionPhase.IN_PROGRESS) SessionsEnded e) {
        announce("ended " + e.personId() + " " + (e.sessionId() == null ? "all" : e.sessionId()));
    }

    void announce(@Observes(during = TransactionPhase.IN_PROGRESS) ScopeChanged e) {
        announce("scope " + e.personId());
    }

    void announce(@Observes(during = TransactionPhase.IN_PROGRESS) ViewerChanged e) {
        announce("viewer " + e.kind() + " " + e.id());
    }

    void receive(@Observes ClusterNotice notice) {
        if (!Cluster.ACCESS.equals(notice.channel()) || notice.payload() == null) {
            return;
        }
        String[] words = notice.payload().split(" ");
        if (words.length < 3 || words[0].equals(cluster.node())) {
            return; // this node's own: already done here
        }
        try {
            switch (words[1]) {
                case "revoked" -> revoked.fire(new DeviceRevoked(Long.parseLong(words[2])));
                case "ended" -> ended.fire(new SessionsEnded(Long.parseLong(words[2]),
                        "all".equals(words[3]) ? null : Long.valueOf(words[3])));
                case "scope" -> scopes.fire(new ScopeChanged(Long.parseLong(words[2])));
                case "viewer" -> viewers.fire(new ViewerChanged(Viewer.Kind.valueOf(words[2]),
                        Long.parseLong(words[3])));
                default -> LOG.warnf("Ignored an access notification '%s'", notice.payload());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Ignored an access notification '%s': %s", notice.payload(), e.toString());
        }
    }

    private void announce(String what) {
        if (cluster.enabled() && io.quarkus.narayana.jta.QuarkusTransaction.isActive()) {
            cluster.notify(Cluster.ACCESS, cluster.node() + " " + what);
        }
    }
}

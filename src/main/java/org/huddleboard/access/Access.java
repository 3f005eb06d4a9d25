package org.huddleboard.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.huddleboard.common.ApiProblem;
import org.huddleboard.ward.Ward;

import io.quarkus.security.identity.SecurityIdentity;

/** The current request's viewer, and the scope checks every resource makes before it reads or writes. */
@RequestScoped
public class Access {

    @Inject
    SecurityIdentity identity;

    public Viewer viewer() {
        Viewer viewer = Viewer.of(identity);
        if (viewer == null) {
            throw ApiProblem.unauthorized();
        }
        return viewer;
    }

    /** The ward, if this viewer may change its board: 404 if there is no such ward, 403 otherwise. */
    public Ward writable(String wardCode) {
        Ward ward = Ward.findByCode(wardCode).orElseThrow(() -> ApiProblem.notFound("Ward " + wardCode));
        requireWrite(viewer(), ward);
        return ward;
    }

    /** The ward, if this viewer may see it: 404 if there is no such ward, 403 with {@code refusal} otherwise. */
    public static Ward readable(Viewer viewer, String wardCode, String refusal) {
        Ward ward = Ward.findByCode(wardCode).orElseThrow(() -> ApiProblem.notFound("Ward " + wardCode));
        if (!viewer.canRead(ward)) {
            throw ApiProblem.forbidden(refusal);
        }
        return ward;
    }

    public static void requireWrite(Viewer viewer, Ward ward) {
        if (!viewer.canWrite(ward)) {
            throw ApiProblem.forbidden(viewer.role() == Role.DISPLAY ? "A wall screen cannot change anything"
                    : "You may not change the board of ward " + ward.code);
        }
        refuseRetired(ward);
    }

    /** A retired ward keeps its history but takes no more changes (409). */
    public static void refuseRetired(Ward ward) {
        if (ward.retiredAt != null) {
            throw ApiProblem.conflict("Ward " + ward.code + " was retired", null);
        }
    }

    /** Settings that outlast a huddle: the ward's leads and admins only, not its shared tablet. */
    public static void requireLead(Viewer viewer, Ward ward, String refusal) {
        boolean allowed = viewer.role() == Role.ADMIN
                || viewer.role() == Role.LEAD && viewer.wards().contains(ward.code);
        if (!allowed) {
            throw ApiProblem.forbidden(refusal);
        }
        refuseRetired(ward);
    }
}

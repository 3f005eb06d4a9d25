package org.huddleboard.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.huddleboard.access.Viewer;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;

/**
 * The handshake of the leaders' channels, escalations and roll-ups: our own pages only, a signed-in leader (lead, manager,
 * executive, admin); devices see their own ward's escalations on its board. The viewer is kept
 * on the connection: it decides which wards' changes it gets, and ending their access closes it
 * ({@link AccessEndedCloser}).
 */
@ApplicationScoped
public class EscalationUpgradeCheck implements HttpUpgradeCheck {

    @Inject
    GoingAway goingAway;

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        Uni<CheckResult> refused = Handshakes.refusedOutright(context, goingAway);
        if (refused != null) {
            return refused;
        }
        return context.securityIdentity().onItem().transformToUni(identity -> {
            Viewer viewer = Viewer.of(identity);
            if (viewer == null) {
                return CheckResult.rejectUpgrade(401);
            }
            if (viewer.isDevice()) {
                return CheckResult.rejectUpgrade(403);
            }
            context.userData().put(Listener.VIEWER, viewer);
            return CheckResult.permitUpgrade();
        });
    }

    @Override
    public boolean appliesTo(String endpointId) {
        return EscalationSocket.class.getName().equals(endpointId) || RollupSocket.class.getName().equals(endpointId);
    }
}

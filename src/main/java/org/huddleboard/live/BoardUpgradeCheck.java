package org.huddleboard.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.huddleboard.access.Viewer;
import org.huddleboard.board.BoardRegions;
import org.huddleboard.ward.WardScope;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The live board's handshake: only a viewer who may see that ward's board gets a connection.
 * The viewer is kept on the connection (ending their access closes it at once), and so is how
 * it wants its messages: wall pages ask for rendered regions with {@code ?format=html}.
 */
@ApplicationScoped
public class BoardUpgradeCheck implements HttpUpgradeCheck {

    @Inject
    WardScope scope;
    @Inject
    BoardRegions regions;
    @Inject
    GoingAway goingAway;

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        Uni<CheckResult> refused = Handshakes.refusedOutright(context, goingAway);
        if (refused != null) {
            return refused;
        }
        String ward = context.pathParam("ward");
        return context.securityIdentity().onItem().transformToUni(identity -> {
            Viewer viewer = Viewer.of(identity);
            if (viewer == null) {
                return CheckResult.rejectUpgrade(401);
            }
            context.userData().put(Listener.VIEWER, viewer);
            if ("html".equals(context.httpRequest().getParam("format"))) {
                context.userData().put(Listener.RENDERING, regions.variantFor(viewer));
            }
            // The scope check reads the database: off the event loop.
            return Uni.createFrom().item(() -> scope.canRead(viewer, ward))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .map(answer -> switch (answer) {
                        case YES -> CheckResult.permitUpgradeSync();
                        case NO -> CheckResult.rejectUpgradeSync(403);
                        case NO_SUCH_WARD -> CheckResult.rejectUpgradeSync(404);
                    });
        });
    }

    @Override
    public boolean appliesTo(String endpointId) {
        return BoardSocket.class.getName().equals(endpointId);
    }
}

package org.huddleboard.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.huddleboard.access.Viewer;
import org.huddleboard.ward.WardScope;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The live board's handshake: only a viewer who may see that ward's board gets a connection.
 * A device's id is kept on the connection so revoking the device closes it at once.
 */
@ApplicationScoped
public class BoardUpgradeCheck implements HttpUpgradeCheck {

    static final UserData.TypedKey<Long> DEVICE_ID = UserData.TypedKey.forLong("huddle.device-id");

    @Inject
    WardScope scope;

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        String ward = context.pathParam("ward");
        return context.securityIdentity().onItem().transformToUni(identity -> {
            Viewer viewer = Viewer.of(identity);
            if (viewer == null) {
                return CheckResult.rejectUpgrade(401);
            }
            if (viewer.isDevice()) {
                context.userData().put(DEVICE_ID, viewer.id());
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

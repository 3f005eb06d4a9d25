package org.huddleboard.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.audit.Audit;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.Ward;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Pairing: a device on /pair shows a short code; a lead or admin enters it with the ward and
 * role; the device then collects a long-lived token. Only the device holding the pairing
 * cookie can collect it, so a code read over someone's shoulder is worth nothing.
 */
@ApplicationScoped
@Transactional
public class PairingService {

    static final Duration CODE_VALID_FOR = Duration.ofMinutes(15);
    /** Anyone may open /pair, so the number of codes waiting at once is bounded... */
    static final int MAX_WAITING = 500;
    /** ...and so is each source's share: a ward setting up many screens at once stays well within it. */
    static final int MAX_WAITING_PER_SOURCE = 20;

    @Inject
    TrustClock clock;
    @Inject
    Audit audit;
    @Inject
    Event<DeviceRevoked> revocations;
    @Inject
    Event<ViewerChanged> viewerChanged;

    /** What /pair shows: this device's code, or why it cannot have one just now. */
    public sealed interface Shown permits Waiting, Busy {
    }

    public record Waiting(String code, String claimToken) implements Shown {
    }

    /** No code for now: too many are waiting from this source ({@code fromHere}) or from everywhere. */
    public record Busy(boolean fromHere) implements Shown {
    }

    public record Collected(String deviceToken, Viewer viewer) {
    }

    /**
     * The code this pairing cookie already has, or a new one. A new code is refused while
     * {@value #MAX_WAITING_PER_SOURCE} wait from the same source address or {@value #MAX_WAITING} in
     * all, so one source flooding /pair cannot stop screens elsewhere from pairing.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Shown waiting(String claimToken, String source) {
        Optional<Waiting> own = QuarkusTransaction.requiringNew().call(() -> own(claimToken));
        if (own.isPresent()) {
            return own.get();
        }
        // Counting and adding in one step, so a burst of parallel requests cannot overshoot the limits.
        synchronized (this) {
            return QuarkusTransaction.requiringNew().call(() -> fresh(source));
        }
    }

    private Optional<Waiting> own(String claimToken) {
        if (claimToken == null || claimToken.isBlank()) {
            return Optional.empty();
        }
        return PairingRequest.findByClaim(claimToken, clock.now()).filter(r -> r.device == null)
                .map(r -> new Waiting(r.code, claimToken));
    }

    private Shown fresh(String source) {
        Instant now = clock.now();
        PairingRequest.delete("expiresAt < ?1", now);
        if (PairingRequest.count("source = ?1 and device is null", source) >= MAX_WAITING_PER_SOURCE) {
            return new Busy(true);
        }
        if (PairingRequest.count() >= MAX_WAITING) {
            return new Busy(false);
        }
        String claim = Tokens.newToken();
        PairingRequest request = new PairingRequest();
        request.code = freeCode();
        request.claimHash = Tokens.hash(claim);
        request.source = source;
        request.createdAt = now;
        request.expiresAt = now.plus(CODE_VALID_FOR);
        request.persist();
        return new Waiting(request.code, claim);
    }

    /** If a lead has paired this waiting device, hands it its device token (once). */
    public Optional<Collected> collect(String claimToken) {
        if (claimToken == null) {
            return Optional.empty();
        }
        Optional<PairingRequest> found = PairingRequest.findByClaim(claimToken, clock.now())
                .filter(r -> r.device != null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PairingRequest request = found.get();
        Device device = request.device;
        String token = Tokens.newToken();
        device.tokenHash = Tokens.hash(token);
        request.delete();
        return Optional.of(new Collected(token, ViewerLookup.ofDevice(device)));
    }

    /** A lead or admin pairs the device showing {@code code} to a ward, as a display or a ward tablet. */
    public DeviceView pair(Viewer by, String code, String wardCode, String role, String name) {
        Role deviceRole = deviceRole(role);
        String deviceName = DeviceNames.check(name);
        Ward ward = Ward.findByCode(wardCode == null ? "" : wardCode)
                .orElseThrow(() -> ApiProblem.invalid("ward", "is not a known ward code"));
        if (!by.canManageDevices(ward)) {
            throw ApiProblem.forbidden("You may not pair devices for ward " + ward.code);
        }
        if (ward.retiredAt != null) {
            throw ApiProblem.conflict("Ward " + ward.code + " was retired; pair screens to a live ward", null);
        }
        String normalised = code == null ? "" : code.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        PairingRequest request = PairingRequest.findWaiting(normalised, clock.now())
                .orElseThrow(() -> ApiProblem.invalid("code",
                        "no screen or tablet is showing this code (codes last 15 minutes)"));
        Device device = new Device();
        device.name = deviceName;
        device.ward = ward;
        device.role = deviceRole;
        device.pairedAt = clock.now();
        device.pairedBy = by.name();
        device.persist();
        request.device = device;
        DeviceView view = DeviceView.of(device);
        audit.record(by, null, ward.code, "device.paired", "device " + device.id + " " + device.name, null, view);
        return view;
    }

    public List<DeviceView> list(Viewer by) {
        return Device.listActive().stream().filter(d -> by.canManageDevices(d.ward)).map(DeviceView::of).toList();
    }

    public DeviceView rename(Viewer by, long id, String name) {
        Device device = manageable(by, id);
        DeviceView before = DeviceView.of(device);
        device.name = DeviceNames.check(name);
        viewerChanged.fire(new ViewerChanged(Viewer.Kind.DEVICE, device.id));
        DeviceView after = DeviceView.of(device);
        audit.record(by, null, device.ward.code, "device.renamed", "device " + device.id, before, after);
        return after;
    }

    /** Revokes at once: its token stops working and its open live connections are closed after commit. */
    public void revoke(Viewer by, long id) {
        Device device = manageable(by, id);
        DeviceView before = DeviceView.of(device);
        device.revokedAt = clock.now();
        device.tokenHash = null;
        audit.record(by, null, device.ward.code, "device.revoked", "device " + device.id + " " + device.name, before,
                DeviceView.of(device));
        revocations.fire(new DeviceRevoked(device.id));
    }

    /**
     * Unpairs every screen and tablet of a ward being retired, so no wall goes on showing a board
     * nobody keeps: each is back on /pair at once, ready to be paired to another ward.
     */
    public void revokeAllOf(Viewer by, Ward ward) {
        for (Device device : Device.<Device>list("ward = ?1 and revokedAt is null", ward)) {
            DeviceView before = DeviceView.of(device);
            device.revokedAt = clock.now();
            device.tokenHash = null;
            audit.record(by, null, ward.code, "device.revoked", "device " + device.id + " " + device.name
                    + " (ward retired)", before, DeviceView.of(device));
            revocations.fire(new DeviceRevoked(device.id));
        }
    }

    private static Device manageable(Viewer by, long id) {
        Device device = Device.<Device> findByIdOptional(id).filter(d -> d.revokedAt == null)
                .orElseThrow(() -> ApiProblem.notFound("Device " + id));
        if (!by.canManageDevices(device.ward)) {
            throw ApiProblem.forbidden("You may not manage devices of ward " + device.ward.code);
        }
        return device;
    }

    private static Role deviceRole(String role) {
        if ("display".equals(role)) {
            return Role.DISPLAY;
        }
        if ("ward".equals(role)) {
            return Role.WARD;
        }
        throw ApiProblem.invalid("role", "must be 'display' (wall screen) or 'ward' (ward tablet)");
    }

    private static String freeCode() {
        String code;
        do {
            code = Tokens.pairingCode();
        } while (PairingRequest.count("code", code) > 0);
        return code;
    }
}

package org.huddleboard.ward;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

@Entity
public class Ward extends PanacheEntity {

    /** URL-safe, e.g. {@code ward-12}. */
    public String code;
    public String name;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Csu csu;

    /** How long the ward's huddle should take, in minutes: the tablet's and the wall's timer run against it. */
    public int huddleMinutes = 10;

    /** How the ward's wall screen looks; its leads choose. */
    @Enumerated(EnumType.STRING)
    public WallTheme wallTheme = WallTheme.DARK;

    /** When the ward's huddle is held; null: the trust's huddle time. */
    public LocalTime huddleTime;

    /** When the ward was retired: off every screen and list of live wards, its history kept, its code never reused. */
    public Instant retiredAt;

    /** Increases with every change to the ward's settings, so an edit made on a stale copy is refused. */
    public int settingsVersion;

    /** Increases with every committed change to this ward's board. */
    public long boardVersion;

    public static Optional<Ward> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<Ward> listWithCsu() {
        return list("select w from Ward w join fetch w.csu order by w.csu.name, w.name");
    }

    /** The wards not retired: what every screen and list of wards shows. */
    public static List<Ward> listLiveWithCsu() {
        return list("select w from Ward w join fetch w.csu where w.retiredAt is null order by w.csu.name, w.name");
    }

    /**
     * Takes the next board version. Re-reading the ward FOR UPDATE locks it until commit, so
     * changes to one board are applied one at a time and versions never repeat; the new version
     * is written with the change, in the same commit.
     */
    public static long nextBoardVersion(Ward ward) {
        getEntityManager().refresh(ward, LockModeType.PESSIMISTIC_WRITE);
        return ++ward.boardVersion;
    }
}

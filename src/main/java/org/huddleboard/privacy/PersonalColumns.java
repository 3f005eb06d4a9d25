package org.huddleboard.privacy;

import java.util.List;
import java.util.Set;

/**
 * Every stored column that can hold a person's name, username or e-mail address as text, and
 * the columns that point at a person by id. A new column that stores a name belongs here, or
 * the export misses it and erasure leaves it behind (PersonalDataTest raises one of each kind).
 */
final class PersonalColumns {

    enum Kind {
        /** A name, whole: typed initials, a facilitator, an owner. */
        NAME,
        /** A username when a person did it, a device's name otherwise. */
        USERNAME,
        /** The audit trail's actor: a username, the name tried at a failed sign-in, or a device. */
        ACTOR,
        /** Free text that may mention someone. */
        TEXT,
        /** An audit line's subject. */
        SUBJECT,
        /** JSON the app wrote. */
        JSON,
        /** A request path kept with a replayable answer. */
        PATH
    }

    record Column(String name, Kind kind) {
    }

    /**
     * A table, its text columns, and the condition (with one placeholder for the person's id, or
     * {@code PERSON:<id>}) by which a row belongs to the person whatever its text says.
     */
    record Table(String name, List<Column> columns, String byId, boolean idAsCaller) {

        Column column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        }
    }

    /** Never exported: hashes of secrets. */
    static final Set<String> SECRET = Set.of("password_hash", "token_hash", "claim_hash");

    static final List<Table> TABLES = List.of(
            table("measure_entry", null, text("note"), name("entered_by")),
            table("idea", null, text("title"), text("problem"), text("proposal"), name("raised_by"), name("owner"),
                    text("parked_reason"), text("change_made"), text("effect"), text("impact_safety_note"),
                    text("impact_effectiveness_note"), text("impact_experience_note"), name("impact_checked_by"),
                    username("impact_signed_off_by"), text("offer_summary"), username("offered_by")),
            table("pdsa_note", null, text("note"), name("written_by")),
            table("escalation", "owner_id = ?", text("title"), text("detail"), name("raised_by"), name("owner_name"),
                    text("answer"), name("answered_by")),
            table("escalation_event", null, name("actor_name"), name("typed_name"), text("note")),
            table("huddle", null, name("facilitator"), text("notes")),
            table("huddle_action", null, text("text"), name("owner"), name("closed_by")),
            table("thanks_note", null, text("text"), name("added_by")),
            table("measure_rebase", null, text("reason"), name("recorded_by")),
            table("device", null, text("name"), username("paired_by")),
            table("user_session", "person_id = ?"),
            table("sign_in_attempt", null, username("username")),
            new Table("idempotent_request", List.of(new Column("path", Kind.PATH), new Column("body", Kind.JSON)),
                    "caller = ?", true),
            table("audit_event", null, new Column("actor_name", Kind.ACTOR), name("typed_name"),
                    new Column("subject", Kind.SUBJECT), new Column("before_value", Kind.JSON),
                    new Column("after_value", Kind.JSON)));

    private PersonalColumns() {
    }

    private static Table table(String name, String byId, Column... columns) {
        return new Table(name, List.of(columns), byId, false);
    }

    private static Column name(String column) {
        return new Column(column, Kind.NAME);
    }

    private static Column username(String column) {
        return new Column(column, Kind.USERNAME);
    }

    private static Column text(String column) {
        return new Column(column, Kind.TEXT);
    }
}

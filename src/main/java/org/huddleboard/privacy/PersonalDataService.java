package org.huddleboard.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.huddleboard.access.Person;
import org.huddleboard.access.SessionsEnded;
import org.huddleboard.access.SignInThrottle;
import org.huddleboard.access.UserSession;
import org.huddleboard.access.Viewer;
import org.huddleboard.audit.Audit;
import org.huddleboard.audit.AuditEvent;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.TextFields;
import org.huddleboard.common.TrustClock;
import org.huddleboard.privacy.PersonalColumns.Column;
import org.huddleboard.privacy.PersonalColumns.Table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a trust's information governance team needs for a subject access request (everything held
 * about a person, as one document) and an erasure request (a person who has left loses their
 * name everywhere it is stored, while every record they appear in stays, so board history and
 * counts do not change).
 */
@ApplicationScoped
@Transactional
public class PersonalDataService {

    static final int MAX_OTHER_NAMES = 20;
    static final String PLACEHOLDER_USERNAME = "former-staff-";
    static final String PLACEHOLDER_NAME = "Former staff member ";

    @Inject
    EntityManager em;
    @Inject
    TrustClock clock;
    @Inject
    Audit audit;
    @Inject
    SignInThrottle throttle;
    @Inject
    Event<SessionsEnded> sessionsEnded;
    @Inject
    ObjectMapper json;

    /** The person as the export shows them: everything on their own record but the password hash. */
    public record Subject(long id, String username, String displayName, String role, boolean active, String email,
            Instant createdAt, Instant erasedAt, List<String> wards, List<String> csus) {

        static Subject of(Person p) {
            return new Subject(p.id, p.username, p.displayName, p.role.roleName(), p.active, p.email, p.createdAt,
                    p.erasedAt, p.wards.stream().map(w -> w.code).sorted().toList(),
                    p.csus.stream().map(c -> c.code).sorted().toList());
        }
    }

    /**
     * Everything held about one person: their record, and per table each row that names them (in
     * any of its text) or points at them, whole except hashes of secrets; {@code named} lists the
     * columns that hold their name, and is what erasure would rewrite.
     */
    public record Export(Instant exportedAt, Subject person, List<String> searchedFor,
            Map<String, Integer> counts, Map<String, List<Map<String, Object>>> records, String note) {
    }

    /** The answer to an erasure, the same however often it is asked. */
    public record Erased(String username, String displayName, boolean active, Instant erasedAt) {
    }

    /** Audited, as writes are: who took a copy of everything held about someone is for the IG team to see. */
    public Export export(Viewer by, String username, List<String> otherNames) {
        List<String> others = others(otherNames);
        Person p = find(username);
        Names names = names(p, others);
        Map<String, List<Map<String, Object>>> records = new TreeMap<>();
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            for (Table t : PersonalColumns.TABLES) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Row row : rows(c, t, names, p.id)) {
                    Map<String, Object> shown = new LinkedHashMap<>();
                    row.values().forEach((k, v) -> {
                        if (!PersonalColumns.SECRET.contains(k)) {
                            shown.put(k, v);
                        }
                    });
                    shown.put("named", List.copyOf(row.changes().keySet()));
                    rows.add(shown);
                }
                if (!rows.isEmpty()) {
                    records.put(t.name(), rows);
                }
            }
        });
        Map<String, Integer> counts = new TreeMap<>();
        records.forEach((table, rows) -> counts.put(table, rows.size()));
        audit.record(by, null, null, "person.data-exported", "person " + p.username, null,
                Map.of("otherNamesGiven", others.size(), "counts", counts));
        List<String> searched = new ArrayList<>();
        searched.add(names.username);
        searched.addAll(names.names);
        searched.addAll(names.emails);
        return new Export(clock.now(), Subject.of(p), searched, counts, records,
                "Rows name this person where a column listed in 'named' holds their name, username or e-mail"
                        + " address, or point at them by id (their sessions, escalations they own). Names typed on"
                        + " ward tablets are free text: search again with ?also= for initials or other names they"
                        + " used.");
    }

    public Erased erase(Viewer by, String username, List<String> otherNames) {
        List<String> others = others(otherNames);
        Person p = find(username);
        if (p.active) {
            throw ApiProblem.conflict("Only the data of someone who has left can be erased: take away "
                    + p.username + "'s access (no access) first", null);
        }
        String placeholderUsername = PLACEHOLDER_USERNAME + p.id;
        if (!p.username.equals(placeholderUsername) && Person.findByUsername(placeholderUsername).isPresent()) {
            throw ApiProblem.conflict("Username " + placeholderUsername + " is taken by someone else; rename them"
                    + " first", null);
        }
        Names names = names(p, others);
        String oldUsername = p.username;
        boolean first = p.erasedAt == null;
        Map<String, Integer> changed = new TreeMap<>();
        // Their recent sign-in attempts count for nothing now: gone, not renamed.
        throttle.forget(oldUsername);
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            for (Table t : PersonalColumns.TABLES) {
                int n = 0;
                for (Row row : rows(c, t, names, p.id)) {
                    if (!row.changes().isEmpty()) {
                        update(c, t, row);
                        n++;
                    }
                }
                if (n > 0) {
                    changed.put(t.name(), n);
                }
            }
            // Answers kept for their own retries: they can no longer sign in to retry anything.
            try (PreparedStatement s = c.prepareStatement("delete from idempotent_request where caller = ?")) {
                s.setString(1, "PERSON:" + p.id);
                int n = s.executeUpdate();
                if (n > 0) {
                    changed.merge("idempotent_request", n, Integer::sum);
                }
            }
        });
        long sessions = UserSession.delete("person", p);
        p.username = placeholderUsername;
        p.displayName = PLACEHOLDER_NAME + p.id;
        p.passwordHash = null;
        p.email = null;
        p.wards.clear();
        p.csus.clear();
        if (first) {
            // Whole seconds: the first answer, and every later one read back from the database, agree.
            p.erasedAt = clock.now().truncatedTo(ChronoUnit.SECONDS);
        }
        if (sessions > 0) {
            sessionsEnded.fire(SessionsEnded.all(p.id));
        }
        if (first || !changed.isEmpty() || sessions > 0) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("username", p.username);
            after.put("displayName", p.displayName);
            after.put("otherNamesGiven", others.size());
            after.put("sessionsEnded", sessions);
            after.put("rowsRewritten", changed);
            audit.record(by, null, null, "person.erased", "person " + p.username, null, after);
        }
        return new Erased(p.username, p.displayName, p.active, p.erasedAt);
    }

    private static Person find(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return Person.findByUsername(name).orElseThrow(() -> ApiProblem.notFound("Person " + username));
    }

    /** Initials or other names the person used on ward tablets, as the trust gives them. */
    private static List<String> others(List<String> given) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_OTHER_NAMES) {
            throw ApiProblem.invalid("also", "at most " + MAX_OTHER_NAMES + " other names");
        }
        Set<String> out = new LinkedHashSet<>();
        for (String g : given) {
            String name = TextFields.optional("also", g, 120);
            if (name != null && name.length() < 2) {
                throw ApiProblem.invalid("also", "each name must be at least 2 characters");
            }
            if (name != null) {
                out.add(name);
            }
        }
        return List.copyOf(out);
    }

    /** Their names now and before (from the audit trail of changes to their record), with those given. */
    private Names names(Person p, List<String> others) {
        Set<String> displayNames = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        displayNames.add(p.displayName);
        if (p.email != null) {
            emails.add(p.email);
        }
        String subject = "person " + p.username;
        // "person sam.k" or "person sam.k (password changed)"; the JSON's username settles a near match.
        for (AuditEvent e : AuditEvent.<AuditEvent> list("subject = ?1 or subject like ?2", subject, subject + " (%")) {
            for (String value : new String[] { e.beforeValue, e.afterValue }) {
                JsonNode node = read(value);
                if (node != null && p.username.equals(node.path("username").asText())) {
                    String was = node.path("displayName").asText("");
                    if (!was.isBlank()) {
                        displayNames.add(was);
                    }
                    String email = node.path("email").asText("");
                    if (!email.isBlank()) {
                        emails.add(email);
                    }
                }
            }
        }
        displayNames.addAll(others);
        return new Names(p.username, PLACEHOLDER_USERNAME + p.id, PLACEHOLDER_NAME + p.id, displayNames, emails);
    }

    private JsonNode read(String value) {
        if (value == null || !value.startsWith("{")) {
            return null;
        }
        try {
            return json.readTree(value);
        } catch (Exception e) {
            return null;
        }
    }

    /** A stored row, its columns by lower-case name, and what erasure changes in it. */
    private record Row(Map<String, Object> values, Map<String, String> changes) {
    }

    /** The table's rows that may name the person: the database narrows by text, {@link Names} decides. */
    private static List<Row> rows(Connection c, Table t, Names names, long personId) throws SQLException {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Column col : t.columns()) {
            for (String needle : names.needles()) {
                where.add("lower(" + col.name() + ") like ? escape '\\'");
                params.add("%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (t.byId() != null) {
            where.add(t.byId());
            params.add(t.idAsCaller() ? "PERSON:" + personId : (Object) personId);
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select * from " + t.name() + " where " + String.join(" or ",
                where) + " order by id")) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        values.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), plain(rs.getObject(i)));
                    }
                    Map<String, String> changes = new LinkedHashMap<>();
                    for (Column col : t.columns()) {
                        Object was = values.get(col.name());
                        String now = rewrite(names, col, values);
                        if (was != null && !was.equals(now)) {
                            changes.put(col.name(), now);
                        }
                    }
                    if (!changes.isEmpty() || referenced(t, values, personId)) {
                        rows.add(new Row(values, changes));
                    }
                }
            }
        }
        return rows;
    }

    private static boolean referenced(Table t, Map<String, Object> values, long personId) {
        if (t.byId() == null) {
            return false;
        }
        String column = t.byId().substring(0, t.byId().indexOf(' '));
        Object v = values.get(column);
        return v != null && (t.idAsCaller() ? v.equals("PERSON:" + personId)
                : v instanceof Number n && n.longValue() == personId);
    }

    private static String rewrite(Names names, Column col, Map<String, Object> row) {
        Object value = row.get(col.name());
        String v = value == null ? null : value.toString();
        return switch (col.kind()) {
            case NAME -> names.name(v);
            case USERNAME -> names.username(v);
            case ACTOR -> Set.of("PERSON", "ANONYMOUS").contains(String.valueOf(row.get("actor_kind")))
                    ? names.username(v) : v;
            case TEXT -> names.text(v);
            case SUBJECT -> names.subject(v);
            case JSON -> names.json(v);
            case PATH -> names.path(v);
        };
    }

    private static void update(Connection c, Table t, Row row) throws SQLException {
        List<String> columns = new ArrayList<>(row.changes().keySet());
        StringBuilder sql = new StringBuilder("update ").append(t.name()).append(" set ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(columns.get(i)).append(" = ?");
        }
        sql.append(" where id = ?");
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < columns.size(); i++) {
                s.setString(i + 1, row.changes().get(columns.get(i)));
            }
            s.setObject(columns.size() + 1, row.values().get("id"));
            s.executeUpdate();
        }
    }

    /** Values as JSON shows them plainly: moments as instants, dates as dates. */
    private static Object plain(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.sql.Time t) {
            return t.toLocalTime();
        }
        return value;
    }
}

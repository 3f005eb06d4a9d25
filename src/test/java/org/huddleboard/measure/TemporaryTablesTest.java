package org.huddleboard.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Hibernate creates a temporary table per entity at start, for bulk statements that need one
 * (an insert ... select must draw ids from the pooled sequence). Hibernate 7 names its columns
 * after the fields (HHH-20343), and {@code value} and {@code key} are H2 keywords: unless the
 * database accepts them, creating the tables fails at every start (see huddle.trace.db) and such
 * a statement fails (DurabilityIT also checks the packaged server's trace at start, for both
 * tables). Rolled back: nothing written here stays.
 */
@QuarkusTest
class TemporaryTablesTest {

    @Inject
    EntityManager em;

    @Test
    @TestTransaction
    void aDaysValuesCanBeCopiedInOneStatement() {
        LocalDate from = LocalDate.now().minusDays(3);
        LocalDate to = LocalDate.of(2001, 1, 1);
        long onTheDay = MeasureEntry.count("ward.code = ?1 and date = ?2", "ward-12", from);
        assertTrue(onTheDay > 0, "demo data has ward-12's values of " + from);

        int copied = em.createQuery("insert into MeasureEntry (ward, measure, date, value, note, enteredBy,"
                + " enteredAt, version) select e.ward, e.measure, :to, e.value, e.note, e.enteredBy, e.enteredAt, 0"
                + " from MeasureEntry e where e.ward.code = 'ward-12' and e.date = :from")
                .setParameter("from", from).setParameter("to", to).executeUpdate();

        assertEquals(onTheDay, copied);
        assertEquals(onTheDay, MeasureEntry.count("ward.code = ?1 and date = ?2", "ward-12", to));
    }
}

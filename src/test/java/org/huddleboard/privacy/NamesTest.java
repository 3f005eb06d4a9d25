package org.huddleboard.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** What erasure does to each kind of stored text, and what it must leave alone. */
class NamesTest {

    private final Names lead = new Names("lead", "former-staff-3", "Former staff member 3",
            Set.of("Sam Kaur", "SK"), Set.of("sam.kaur@example.org"));

    @Test
    void aNameColumnIsMatchedWholeAndFreeTextWordByWord() {
        assertEquals("Former staff member 3", lead.name(" sam kaur "));
        assertEquals("Former staff member 3", lead.name("sk"));
        assertEquals("Skye", lead.name("Skye"), "initials are not found inside a longer name");
        assertEquals("Thanks Former staff member 3 and Samantha!", lead.text("Thanks Sam Kaur and Samantha!"));
        assertEquals("Ask Former staff member 3 (Former staff member 3)", lead.text("Ask SK (Sam Kaur)"));
        assertEquals("mail (e-mail removed) today", lead.text("mail sam.kaur@example.org today"));
    }

    @Test
    void aOneLetterNameIsOnlyMatchedWhole() {
        Names a = new Names("a.b", "former-staff-4", "Former staff member 4", Set.of("A"), Set.of());
        assertEquals("Former staff member 4", a.name("a"));
        assertEquals("A sign on the door", a.text("A sign on the door"));
    }

    @Test
    void aUsernameIsOnlyReplacedWhereUsernamesAreKept() {
        assertEquals("Ward lead to check", lead.text("Ward lead to check"), "'lead' is a word in notes");
        assertEquals("lead", lead.name("lead"), "a typed name 'lead' is not the username");
        assertEquals("former-staff-3", lead.username("lead"));
        assertEquals("Tablet 1", lead.username("Tablet 1"), "a device's name stays");
        assertEquals("former-staff-3", lead.subject("lead"), "a sign-out's subject is the bare username");
        assertEquals("person former-staff-3 (password changed)", lead.subject("person lead (password changed)"));
        assertEquals("person leader", lead.subject("person leader"));
        assertEquals("lead from 127.0.0.1", lead.subject("lead from 127.0.0.1"), "a sign-in's role stays");
        assertEquals("/api/people/former-staff-3", lead.path("/api/people/lead"));
        assertEquals("/api/people/leader", lead.path("/api/people/leader"));
    }

    @Test
    void jsonIsRewrittenFieldByFieldAndCutJsonAsText() {
        assertEquals("{\"username\":\"former-staff-3\",\"displayName\":\"Former staff member 3\",\"role\":\"lead\","
                + "\"wards\":[\"ward-12\"],\"active\":true,\"email\":null,\"target\":2.50}",
                lead.json("{\"username\":\"lead\",\"displayName\":\"Sam Kaur\",\"role\":\"lead\","
                        + "\"wards\":[\"ward-12\"],\"active\":true,\"email\":\"sam.kaur@example.org\",\"target\":2.50}"));
        String untouched = "{\"role\":  \"lead\", \"note\": \"ask the lead\"}";
        assertEquals(untouched, lead.json(untouched), "unchanged JSON keeps its spacing");
        assertEquals("{\"offer\":{\"offeredBy\":\"former-staff-3\",\"summary\":\"from Former staff member 3",
                lead.json("{\"offer\":{\"offeredBy\":\"lead\",\"summary\":\"from Sam Kaur"));
    }

    @Test
    void erasingTwiceChangesNothingMore() {
        Names again = new Names("former-staff-3", "former-staff-3", "Former staff member 3",
                Set.of("Former staff member 3"), Set.of());
        String once = lead.text("Thanks Sam Kaur");
        assertEquals(once, again.text(once));
        assertEquals("Former staff member 3", again.name(lead.name("SK")));
    }
}

package org.huddleboard.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Device;
import org.huddleboard.access.Person;
import org.huddleboard.access.Role;
import org.huddleboard.measure.MeasureDefinition;
import org.huddleboard.measure.WardMeasure;
import org.huddleboard.ward.Csu;
import org.huddleboard.ward.Ward;

/**
 * The steps from an empty install to a live ward board, each judged from what is stored (not
 * from which pages were visited), so the list is right after an import or an API call too.
 */
@ApplicationScoped
@Transactional
public class FirstRun {

    /** One step: done or not, where to do it, and what it says now. */
    public record Step(String title, boolean done, String href, String detail, boolean optional) {
    }

    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        long csus = Csu.count("retiredAt is null");
        steps.add(new Step("Create a clinical service unit (CSU)", csus > 0, "/setup/csus",
                csus == 0 ? "Every ward belongs to a CSU" : plural(csus, "CSU", "CSUs"), false));
        long wards = Ward.count("retiredAt is null");
        steps.add(new Step("Create a ward", wards > 0, "/setup/wards",
                wards == 0 ? "Code, name, CSU and huddle time" : plural(wards, "ward", "wards"), false));
        long measures = MeasureDefinition.count("retiredAt is null");
        steps.add(new Step("Add measures to the trust's library", measures > 0, "/setup/measures",
                measures == 0 ? "Name, unit, target and how to count each one"
                        : plural(measures, "measure", "measures") + " in the library", false));
        Optional<Ward> bare = Ward.<Ward>find("from Ward w where w.retiredAt is null and not exists (select 1 from"
                + " WardMeasure wm where wm.ward = w and wm.removedAt is null and wm.measure.retiredAt is null)"
                + " order by w.code")
                .firstResultOptional();
        steps.add(new Step("Choose each ward's measures", wards > 0 && bare.isEmpty(),
                bare.map(w -> "/setup/wards/" + w.code + "/measures").orElse("/setup/wards"),
                bare.map(w -> w.name + " has no measures on its board yet")
                        .orElse(wards == 0 ? "Once a ward exists" : "Every ward has measures on its board"), false));
        long screens = Device.count("role = ?1 and revokedAt is null and tokenHash is not null"
                + " and ward.retiredAt is null", Role.DISPLAY);
        steps.add(new Step("Pair a wall screen", screens > 0, "/devices",
                screens == 0 ? "Open /pair on the screen and enter its code on the Devices page"
                        : plural(screens, "wall screen", "wall screens") + " paired", false));
        long people = Person.count("active = true and role <> ?1", Role.ADMIN);
        steps.add(new Step("Add the ward leads and managers", people > 0, "/people",
                people == 0 ? "Leads with their wards, managers with their CSUs" : plural(people, "person", "people") + " besides admins",
                false));
        steps.add(new Step("Import wards, people or measure history from spreadsheets", false, "/setup/import",
                "Optional: CSV files, checked row by row before anything is saved", true));
        return steps;
    }

    /** Whether the install has no live ward yet: the index then leads an admin here. */
    public boolean noWards() {
        return Ward.count("retiredAt is null") == 0;
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}

package org.huddleboard.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.huddleboard.commitment.Commitment;
import org.huddleboard.measure.Category;
import org.huddleboard.measure.WardMeasure;

/**
 * The demo trust's four annual commitments, and each ward's measures linked to them by category.
 * Patient experience serves none, so the roll-up shows measures outside every commitment too.
 */
final class DemoCommitments {

    record Spec(String code, String title, String description, List<Category> categories) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec("zero-harm", "Zero avoidable harm", "No patient harmed by care they did not need to be harmed by.",
                    List.of(Category.SAFETY, Category.QUALITY)),
            new Spec("timely-care", "Timely care", "Nobody waits for care, or to go home, without need.",
                    List.of(Category.DELIVERY)),
            new Spec("best-value", "Best use of resources", "Less waste of money, medicines and materials.",
                    List.of(Category.COST)),
            new Spec("great-place", "A great place to work", "Staff who are well, supported and listened to.",
                    List.of(Category.PEOPLE)));

    private DemoCommitments() {
    }

    static void create() {
        Map<Category, Commitment> byCategory = new HashMap<>();
        for (int i = 0; i < SPECS.size(); i++) {
            Spec spec = SPECS.get(i);
            Commitment c = new Commitment();
            c.code = spec.code();
            c.title = spec.title();
            c.description = spec.description();
            c.periodLabel = "2026/27";
            c.sortOrder = i;
            c.persist();
            spec.categories().forEach(category -> byCategory.put(category, c));
        }
        for (WardMeasure wm : WardMeasure.<WardMeasure>listAll()) {
            wm.commitment = byCategory.get(wm.measure.category);
        }
    }
}

package org.huddleboard.demo;

import java.util.List;
import java.util.Set;

/** The fictional trust's CSUs and wards, each with its own ordered measures. */
final class DemoWards {

    record WardSpec(String code, String name, List<String> measures, Set<String> improving) {
    }

    record CsuSpec(String code, String name, List<WardSpec> wards) {
    }

    static final List<CsuSpec> CSUS = List.of(
            new CsuSpec("medicine", "Medicine", List.of(
                    new WardSpec("ward-12", "Ward 12 · Acute Medicine", List.of("falls", "medication-incidents",
                            "hand-hygiene", "obs-on-time", "would-recommend", "discharges-before-noon",
                            "delayed-discharges", "staffing-fill-rate", "safe-staffing-agreed"), Set.of()),
                    new WardSpec("ward-14", "Ward 14 · Elderly Care", List.of("falls", "pressure-ulcers",
                            "hand-hygiene", "would-recommend", "delayed-discharges", "length-of-stay",
                            "medicines-recycled", "staff-sickness"), Set.of("medicines-recycled")))),
            new CsuSpec("surgery", "Surgery", List.of(
                    new WardSpec("ward-21", "Ward 21 · General Surgery", List.of("falls", "obs-on-time",
                            "would-recommend", "cancelled-operations", "length-of-stay", "agency-shifts",
                            "staffing-fill-rate"), Set.of()),
                    new WardSpec("ward-23", "Ward 23 · Orthopaedics", List.of("falls", "pressure-ulcers",
                            "hand-hygiene", "discharges-before-noon", "agency-shifts", "staff-sickness"), Set.of()))),
            new CsuSpec("childrens", "Children's", List.of(
                    new WardSpec("ward-31", "Ward 31 · Children's Cardiac", List.of("falls", "medication-incidents",
                            "hand-hygiene", "would-recommend", "cancelled-operations", "medicines-recycled",
                            "staffing-fill-rate", "safe-staffing-agreed"), Set.of("cancelled-operations")),
                    new WardSpec("ward-33", "Ward 33 · Paediatric Medicine", List.of("falls", "obs-on-time",
                            "would-recommend", "discharges-before-noon", "agency-shifts", "staff-sickness"),
                            Set.of()))),
            new CsuSpec("cardio-respiratory", "Cardio-respiratory", List.of(
                    new WardSpec("ward-41", "Ward 41 · Cardiology", List.of("falls", "medication-incidents",
                            "hand-hygiene", "obs-on-time", "would-recommend", "delayed-discharges",
                            "length-of-stay", "medicines-recycled", "staffing-fill-rate", "staff-sickness"),
                            Set.of()),
                    new WardSpec("ward-43", "Ward 43 · Respiratory", List.of("falls", "pressure-ulcers",
                            "obs-on-time", "discharges-before-noon", "agency-shifts", "staffing-fill-rate"),
                            Set.of("discharges-before-noon")))));

    private DemoWards() {
    }
}

package org.huddleboard.ward;

public record WardView(String code, String name, CsuView csu) {

    public record CsuView(String code, String name) {
    }

    public static WardView of(Ward w) {
        return new WardView(w.code, w.name, new CsuView(w.csu.code, w.csu.name));
    }
}

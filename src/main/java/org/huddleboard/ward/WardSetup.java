package org.huddleboard.ward;

/** A ward's settings as the setup screens and the API show them. huddleTime null: the trust's. */
public record WardSetup(String code, String name, String csu, String csuName, String huddleTime, int huddleMinutes,
        String theme, int version, boolean retired) {

    public static WardSetup of(Ward w) {
        return new WardSetup(w.code, w.name, w.csu.code, w.csu.name,
                w.huddleTime == null ? null : WardSetupService.HHMM.format(w.huddleTime), w.huddleMinutes,
                w.wallTheme.name(), w.settingsVersion, w.retiredAt != null);
    }
}

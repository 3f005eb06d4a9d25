package org.huddleboard.ward;

/**
 * Create a ward, or change its settings. huddleTime "HH:MM", or null for the trust's huddle
 * time; theme DARK or LIGHT; version: the ward's settingsVersion you loaded (edits only).
 * On an edit, an absent name, csu, huddleMinutes or theme keeps what is stored.
 */
public record WardRequest(String code, String name, String csu, String huddleTime, Integer huddleMinutes,
        String theme, Integer version) {
}

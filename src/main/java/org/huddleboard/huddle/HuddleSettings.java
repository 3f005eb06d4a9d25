package org.huddleboard.huddle;

/** A ward's huddle settings: how long its huddle should take, in minutes (5 to 30). */
public record HuddleSettings(String ward, Integer huddleMinutes) {
}

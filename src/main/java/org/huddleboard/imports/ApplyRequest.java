package org.huddleboard.imports;

/** Apply the file a dry run checked: {@code token} is the one its report gave. */
public record ApplyRequest(String token) {
}

package org.huddleboard.huddle;

import java.time.LocalDate;
import java.util.List;

/** A ward's huddle record for one trust day: held or not, and each huddle started that day. */
public record HuddleDay(LocalDate date, boolean held, List<HuddleView> huddles) {
}

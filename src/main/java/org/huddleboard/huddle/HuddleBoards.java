package org.huddleboard.huddle;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.huddleboard.ward.Ward;

/** Reads the huddle's part of a ward's board, inside the board's own read. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HuddleBoards {

    public HuddleBoard of(Ward ward, LocalDate today) {
        List<Huddle> todays = Huddle.forWard(ward, today, today);
        Huddle running = Huddle.inProgress(ward).orElse(null);
        Huddle last = running != null ? running
                : todays.stream().max(Comparator.comparing((Huddle h) -> h.startedAt)).orElse(null);
        HuddleBoard.Status status = last == null
                ? new HuddleBoard.Status(false, false, null, null, ward.huddleMinutes, null, 0, null, false)
                : new HuddleBoard.Status(running != null, !todays.isEmpty() || running != null, last.id,
                        last.startedAt, last.targetMinutes, last.facilitator, last.attendance,
                        last.endedAt == null ? null : HuddleView.minutes(last.startedAt, last.endedAt),
                        last.autoEnded);
        List<ActionView> actions = HuddleAction.open(ward).stream().map(a -> ActionView.of(a, today))
                .sorted(Comparator.comparing((ActionView a) -> !a.overdue()).thenComparing(ActionView::dueDate))
                .toList();
        List<ThanksView> thanks = ThanksNote.shownOn(ward, today).stream().map(ThanksView::of).toList();
        return new HuddleBoard(status, actions, thanks);
    }
}

package org.huddleboard.ward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Viewer;

/** Scope checks made where no REST request is around, such as a WebSocket handshake. */
@ApplicationScoped
@Transactional
public class WardScope {

    public enum Answer {
        YES,
        NO,
        NO_SUCH_WARD
    }

    public Answer canRead(Viewer viewer, String wardCode) {
        return Ward.findByCode(wardCode).map(w -> viewer.canRead(w) ? Answer.YES : Answer.NO)
                .orElse(Answer.NO_SUCH_WARD);
    }
}

package org.huddleboard.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.huddleboard.measure.BoardChanged;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.websockets.next.OpenConnections;

/** Sends each committed board change to the live connections of that ward, and no other. */
@ApplicationScoped
public class BoardBroadcaster {

    private static final Logger LOG = Logger.getLogger(BoardBroadcaster.class);
    private static final String ENDPOINT = BoardSocket.class.getName();

    @Inject
    OpenConnections connections;
    @Inject
    ObjectMapper json;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoardChanged change) {
        String text;
        try {
            text = json.writeValueAsString(LiveMessage.changed(change));
        } catch (JsonProcessingException e) {
            LOG.error("Could not encode a board change", e);
            return;
        }
        connections.findByEndpointId(ENDPOINT).stream()
                .filter(c -> change.ward().equals(c.pathParam("ward")))
                .forEach(c -> c.sendText(text).subscribe().with(ok -> {
                }, failure -> LOG.debugf("Live update to %s not delivered: %s", c.id(), failure)));
    }
}

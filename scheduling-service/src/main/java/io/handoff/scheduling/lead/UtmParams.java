package io.handoff.scheduling.lead;

import io.handoff.events.Utm;
import jakarta.validation.constraints.Size;

/** UTM parameters the booking page passes on from its URL. */
public record UtmParams(@Size(max = 200) String source, @Size(max = 200) String medium,
                        @Size(max = 200) String campaign, @Size(max = 200) String term,
                        @Size(max = 200) String content) {

    public Utm toUtm() {
        return new Utm(source, medium, campaign, term, content);
    }
}

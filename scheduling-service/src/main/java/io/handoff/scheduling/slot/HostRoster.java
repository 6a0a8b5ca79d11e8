package io.handoff.scheduling.slot;

import io.handoff.directory.Directory;
import io.handoff.directory.KnownUser;
import io.handoff.scheduling.eventtype.EventType;
import io.handoff.scheduling.eventtype.EventTypeHost;
import io.handoff.scheduling.eventtype.EventTypeRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The hosts of an event type, joined with the directory to know who may still host. */
@ApplicationScoped
public class HostRoster {

    @Inject
    EventTypeRepository eventTypes;
    @Inject
    Directory directory;

    public Uni<List<RosterHost>> of(EventType type) {
        return eventTypes.hostsOf(type.id).chain(hosts -> directory.findUsers(type.workspaceId,
                        hosts.stream().map(h -> h.userId).toList())
                .map(users -> {
                    Map<java.util.UUID, KnownUser> byId = users.stream()
                            .collect(Collectors.toMap(u -> u.id, Function.identity()));
                    return hosts.stream().map((EventTypeHost h) -> new RosterHost(h.userId, h.weight, byId.get(h.userId)))
                            .toList();
                }));
    }
}

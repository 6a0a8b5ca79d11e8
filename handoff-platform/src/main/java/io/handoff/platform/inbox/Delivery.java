package io.handoff.platform.inbox;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One consumed record: the consumer it is recorded under ({@code <service>.<topic's last part>}, e.g.
 * {@code deals-service.contacts}), and its CloudEvent, or why it is not one.
 */
record Delivery(String consumer, ConsumerRecord<String, String> record, CloudEvent event, String unreadable) {

    static Delivery of(String serviceName, ConsumerRecord<String, String> record) {
        String topic = record.topic();
        String consumer = serviceName + "." + topic.substring(topic.lastIndexOf('.') + 1);
        try {
            return new Delivery(consumer, record, EventJson.read(record.value()), null);
        } catch (RuntimeException e) {
            return new Delivery(consumer, record, null, "not a CloudEvent: " + e.getMessage());
        }
    }

    Inbox.Entry inboxEntry() {
        return new Inbox.Entry(consumer, event.id(), event.type());
    }

    String describe() {
        return record.topic() + "-" + record.partition() + "@" + record.offset()
                + (event == null ? "" : " (" + event.type() + " " + event.id() + ")");
    }
}

package io.handoff.launcher.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Asks the broker whether it serves metadata, and creates the platform's topics when they are missing. */
public final class KafkaTopics {

    public static final int PARTITIONS = 3;

    private static final long TIMEOUT_SECONDS = 10;

    private KafkaTopics() {
    }

    /** One topic per owning service, named after its database: handoff.contacts, handoff.scheduling, … */
    public static List<String> names(PlatformConfig config) {
        return config.services().stream().map(ServiceDefinition::topic).toList();
    }

    static boolean brokerReady(PlatformConfig config) {
        Admin admin = Admin.create(properties(config));
        try {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            admin.close(Duration.ofSeconds(1));
        }
    }

    /** Creates the missing topics with {@link #PARTITIONS} partitions; returns the ones it created. */
    public static List<String> ensure(PlatformConfig config) {
        Admin admin = Admin.create(properties(config));
        try {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : names(config)) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, PARTITIONS, (short) 1));
                }
            }
            for (var result : admin.createTopics(missing).values().values()) {
                try {
                    result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // A service may have auto-created it meanwhile; that is as good as ours.
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new PlatformException("cannot create the Kafka topics: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while creating the Kafka topics", e);
        } finally {
            admin.close(Duration.ofSeconds(2));
        }
    }

    private static Properties properties(PlatformConfig config) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap());
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "handoff-launcher");
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        return properties;
    }
}

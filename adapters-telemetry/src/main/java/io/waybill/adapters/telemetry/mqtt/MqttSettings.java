package io.waybill.adapters.telemetry.mqtt;

/**
 * How Waybill meets the broker. {@code clientId} must stay the same across restarts (the broker keeps the session,
 * and what was published meanwhile, under it) and differ between instances; {@code sharedGroup} (MQTT shared
 * subscription, {@code $share/<group>/…}) spreads the topics over several instances, each message to one of them;
 * blank: one instance takes all.
 */
public record MqttSettings(String url, String clientId, String username, String password, String topicFilter,
        String sharedGroup) {

    /** What Waybill subscribes to. */
    String subscription() {
        return sharedGroup == null || sharedGroup.isBlank() ? topicFilter : "$share/" + sharedGroup + "/" + topicFilter;
    }
}

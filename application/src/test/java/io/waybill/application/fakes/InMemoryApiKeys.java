package io.waybill.application.fakes;

import io.waybill.application.port.out.ApiKeys;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** API keys in memory, one per name like the real store (storing a name again rotates its key). Thread-safe. */
public class InMemoryApiKeys implements ApiKeys {

    private final Map<String, StoredKey> byName = new LinkedHashMap<>();

    @Override
    public synchronized Optional<StoredKey> byHash(String sha256Hex) {
        return byName.values().stream().filter(k -> k.sha256Hex().equals(sha256Hex)).findFirst();
    }

    @Override
    public synchronized void revoke(String name) {
        byName.remove(name);
    }

    @Override
    public synchronized void store(StoredKey key) {
        byName.put(key.name(), key);
    }

    /** Everything stored, to check what is (and is not) kept. */
    public synchronized List<StoredKey> stored() {
        return List.copyOf(byName.values());
    }
}

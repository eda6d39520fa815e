package io.waybill.adapters.persistence.apikeys;

import io.waybill.application.port.out.ApiKeys;
import io.waybill.application.shared.Role;
import io.waybill.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** API keys in PostgreSQL: name, role and the SHA-256 of the key. */
@ApplicationScoped
public class JpaApiKeys implements ApiKeys {

    private final EntityManager em;

    JpaApiKeys(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional
    public Optional<StoredKey> byHash(String sha256Hex) {
        return em.createQuery("select k from ApiKeyEntity k where k.keySha256 = :h", ApiKeyEntity.class)
                .setParameter("h", sha256Hex).getResultStream().findFirst()
                .map(k -> new StoredKey(k.name, Role.valueOf(k.role), k.keySha256, new TenantId(k.tenantId)));
    }

    @Override
    @Transactional
    public void revoke(String name) {
        em.createQuery("delete from ApiKeyEntity k where k.name = :n").setParameter("n", name).executeUpdate();
    }

    @Override
    @Transactional
    public void store(StoredKey key) {
        ApiKeyEntity entity = em.find(ApiKeyEntity.class, key.name());
        if (entity == null) {
            entity = new ApiKeyEntity();
            entity.name = key.name();
            entity.createdAt = Instant.now();
            entity.role = key.role().name();
            entity.keySha256 = key.sha256Hex();
            entity.tenantId = key.tenant().value();
            em.persist(entity);
        } else {
            entity.role = key.role().name();
            entity.keySha256 = key.sha256Hex();
            entity.tenantId = key.tenant().value();
        }
    }
}

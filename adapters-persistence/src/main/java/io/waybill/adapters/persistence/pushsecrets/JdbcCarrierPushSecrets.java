package io.waybill.adapters.persistence.pushsecrets;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.application.port.out.CarrierPushSecrets;
import io.waybill.application.shared.CarrierPushSecret;
import io.waybill.application.shared.CarrierPushSecret.Previous;
import io.waybill.application.shared.PushScheme;
import io.waybill.application.shared.PushSecretsUnavailableException;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Push secrets in table {@code carrier_push_secrets}, AES-256-GCM encrypted under
 * {@code waybill.push-secrets.encryption-key} (see {@link SecretCipher}). Without a key, storing a secret fails with a
 * message saying which setting is missing; the demo, which documents its secrets anyway, falls back to a fixed demo key.
 */
@ApplicationScoped
public class JdbcCarrierPushSecrets implements CarrierPushSecrets {

    /** The demo's key (32 bytes of 'w', base64): published here and in the docs, so it protects nothing. */
    static final String DEMO_KEY = "d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3c=";

    private static final Logger LOG = Logger.getLogger(JdbcCarrierPushSecrets.class);
    private static final String STORE = "carrier push secret store";
    private static final String COLUMNS = "tenant_id, carrier, scheme, secret_encrypted, fingerprint, created_at, previous_scheme,"
            + " previous_encrypted, previous_fingerprint, previous_valid_until";

    private final DataSource dataSource;
    private final SecretCipher cipher;

    JdbcCarrierPushSecrets(DataSource dataSource, @ConfigProperty(name = "waybill.push-secrets.encryption-key") Optional<String> key,
            @ConfigProperty(name = "waybill.demo.enabled", defaultValue = "false") boolean demo) {
        this.dataSource = dataSource;
        Optional<String> configured = key.filter(k -> !k.isBlank());
        if (configured.isEmpty() && demo) {
            LOG.warn("push secrets are encrypted under the published demo key: set waybill.push-secrets.encryption-key outside the demo");
        }
        this.cipher = new SecretCipher(configured.or(() -> demo ? Optional.of(DEMO_KEY) : Optional.empty()));
    }

    @Override
    @Transactional
    public Optional<Stored> find(TenantId tenant, CarrierCode carrier) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from carrier_push_secrets where tenant_id = ? and carrier = ?")) {
                ps.setString(1, tenant.value());
                ps.setString(2, carrier.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(stored(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    @Transactional
    public void save(Stored secret) {
        if (!cipher.configured()) {
            throw new PushSecretsUnavailableException("push secrets cannot be stored: set waybill.push-secrets.encryption-key"
                    + " (WAYBILL_PUSH_SECRETS_ENCRYPTION_KEY, 32 random bytes in base64)");
        }
        CarrierPushSecret shown = secret.shown();
        String associated = associated(shown.tenant(), shown.carrier());
        SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement delete = c.prepareStatement("delete from carrier_push_secrets where tenant_id = ? and carrier = ?");
                    PreparedStatement insert = c.prepareStatement("insert into carrier_push_secrets (" + COLUMNS
                            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                delete.setString(1, shown.tenant().value());
                delete.setString(2, shown.carrier().value());
                delete.executeUpdate();
                insert.setString(1, shown.tenant().value());
                insert.setString(2, shown.carrier().value());
                insert.setString(3, shown.scheme().name());
                insert.setString(4, cipher.encrypt(secret.secret(), associated));
                insert.setString(5, shown.fingerprint());
                insert.setTimestamp(6, Timestamp.from(shown.createdAt()));
                Optional<Previous> previous = shown.previous().filter(p -> secret.previousSecret().isPresent());
                if (previous.isPresent()) {
                    insert.setString(7, previous.get().scheme().name());
                    insert.setString(8, cipher.encrypt(secret.previousSecret().get(), associated));
                    insert.setString(9, previous.get().fingerprint());
                    insert.setTimestamp(10, Timestamp.from(previous.get().validUntil()));
                } else {
                    insert.setNull(7, Types.VARCHAR);
                    insert.setNull(8, Types.VARCHAR);
                    insert.setNull(9, Types.VARCHAR);
                    insert.setNull(10, Types.TIMESTAMP_WITH_TIMEZONE);
                }
                return insert.executeUpdate();
            }
        });
    }

    @Override
    @Transactional
    public boolean delete(TenantId tenant, CarrierCode carrier) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from carrier_push_secrets where tenant_id = ? and carrier = ?")) {
                ps.setString(1, tenant.value());
                ps.setString(2, carrier.value());
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    @Transactional
    public List<CarrierPushSecret> list(TenantId tenant) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from carrier_push_secrets where tenant_id = ? order by carrier")) {
                ps.setString(1, tenant.value());
                List<CarrierPushSecret> secrets = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        secrets.add(shown(rs));
                    }
                }
                return secrets;
            }
        });
    }

    private Stored stored(ResultSet rs) throws SQLException {
        CarrierPushSecret shown = shown(rs);
        String associated = associated(shown.tenant(), shown.carrier());
        String previous = rs.getString("previous_encrypted");
        try {
            return new Stored(shown, cipher.decrypt(rs.getString("secret_encrypted"), associated),
                    Optional.ofNullable(previous).map(p -> cipher.decrypt(p, associated)));
        } catch (IllegalStateException e) {
            // the key changed or is gone: the sender and the admin get a problem saying so, never a 500
            throw new PushSecretsUnavailableException("the push secret of tenant " + shown.tenant().value() + " for carrier "
                    + shown.carrier().value() + " cannot be decrypted (" + e.getMessage() + "): set it again");
        }
    }

    private static CarrierPushSecret shown(ResultSet rs) throws SQLException {
        Timestamp until = rs.getTimestamp("previous_valid_until");
        Optional<Previous> previous = until == null ? Optional.empty()
                : Optional.of(new Previous(PushScheme.valueOf(rs.getString("previous_scheme")), rs.getString("previous_fingerprint"),
                        until.toInstant()));
        return new CarrierPushSecret(new TenantId(rs.getString("tenant_id")), new CarrierCode(rs.getString("carrier")),
                PushScheme.valueOf(rs.getString("scheme")), rs.getString("fingerprint"), rs.getTimestamp("created_at").toInstant(), previous);
    }

    private static String associated(TenantId tenant, CarrierCode carrier) {
        return tenant.value() + "/" + carrier.value();
    }
}

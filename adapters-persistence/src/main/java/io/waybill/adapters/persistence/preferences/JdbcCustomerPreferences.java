package io.waybill.adapters.persistence.preferences;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.CustomerPreferences;
import io.waybill.application.shared.NotificationPreferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Time;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Customers' notification preferences in table {@code customer_preferences}, keyed by the lower-cased e-mail address
 * so that the port's case-insensitive lookup is a plain primary-key read; saving again replaces them.
 */
@ApplicationScoped
public class JdbcCustomerPreferences implements CustomerPreferences {

    private final DataSource dataSource;

    public JdbcCustomerPreferences(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private <T> T jdbc(SqlWork<T> work) {
        return SqlWork.on(dataSource, "customer preferences", work);
    }

    @Override
    @Transactional
    public Optional<NotificationPreferences> of(String email) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select email, channels, language, opted_out, quiet_from, quiet_until, zone
                    from customer_preferences where email = ? and tenant_id = ?""")) {
                ps.setString(1, email.toLowerCase(Locale.ROOT));
                ps.setString(2, TenantRows.owner());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    List<String> channels = Arrays.asList((String[]) rs.getArray(2).getArray());
                    Time from = rs.getTime(5);
                    Time until = rs.getTime(6);
                    String zone = rs.getString(7);
                    return Optional.of(new NotificationPreferences(rs.getString(1), channels.contains("EMAIL"),
                            channels.contains("SMS"), Locale.forLanguageTag(rs.getString(3)), rs.getBoolean(4),
                            from == null ? null : from.toLocalTime(), until == null ? null : until.toLocalTime(),
                            zone == null ? null : ZoneId.of(zone)));
                }
            }
        });
    }

    @Override
    @Transactional
    public void save(NotificationPreferences p) {
        jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into customer_preferences (email, channels, language, opted_out, quiet_from, quiet_until, zone, tenant_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (tenant_id, email) do update set channels = excluded.channels, language = excluded.language,
                        opted_out = excluded.opted_out, quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until,
                        zone = excluded.zone""")) {
                List<String> channels = new ArrayList<>();
                if (p.byEmail()) {
                    channels.add("EMAIL");
                }
                if (p.bySms()) {
                    channels.add("SMS");
                }
                ps.setString(1, p.email().toLowerCase(Locale.ROOT));
                ps.setArray(2, c.createArrayOf("text", channels.toArray()));
                ps.setString(3, p.language().toLanguageTag());
                ps.setBoolean(4, p.optedOut());
                ps.setTime(5, p.quietFrom() == null ? null : Time.valueOf(p.quietFrom()));
                ps.setTime(6, p.quietUntil() == null ? null : Time.valueOf(p.quietUntil()));
                ps.setString(7, p.zone() == null ? null : p.zone().getId());
                ps.setString(8, TenantRows.owner());
                return ps.executeUpdate();
            }
        });
    }
}

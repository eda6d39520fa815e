package io.waybill.adapters.persistence.branding;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.application.port.out.Brandings;
import io.waybill.application.shared.Branding;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.TrackingId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Brandings in {@code tenant_branding}, one row per tenant; row-level security keeps each to its tenant. */
@ApplicationScoped
public class JdbcBrandings implements Brandings {

    private static final String COLUMNS = "b.display_name, b.colour, b.logo, b.logo_type";

    private final DataSource dataSource;

    public JdbcBrandings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public Optional<Branding> of(TenantId tenant) {
        return SqlWork.on(dataSource, "branding store", c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from tenant_branding b where b.tenant_id = ?")) {
                ps.setString(1, tenant.value());
                return read(ps);
            }
        });
    }

    @Override
    @Transactional
    public Optional<Branding> ofTracking(TrackingId trackingId) {
        return SqlWork.on(dataSource, "branding store", c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                    + " from tenant_branding b join orders o on o.tenant_id = b.tenant_id where o.tracking_id = ?")) {
                ps.setString(1, trackingId.value());
                return read(ps);
            }
        });
    }

    @Override
    @Transactional
    public void put(TenantId tenant, Branding branding) {
        SqlWork.on(dataSource, "branding store", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into tenant_branding (tenant_id, display_name, colour, logo, logo_type, updated_at)
                    values (?, ?, ?, ?, ?, now())
                    on conflict (tenant_id) do update set display_name = excluded.display_name, colour = excluded.colour,
                        logo = excluded.logo, logo_type = excluded.logo_type, updated_at = now()""")) {
                ps.setString(1, tenant.value());
                ps.setString(2, branding.displayName());
                ps.setString(3, branding.colour());
                ps.setBytes(4, branding.logo().map(Branding.Logo::bytes).orElse(null));
                ps.setString(5, branding.logo().map(Branding.Logo::mediaType).orElse(null));
                return ps.executeUpdate();
            }
        });
    }

    private static Optional<Branding> read(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            byte[] logo = rs.getBytes(3);
            return Optional.of(new Branding(rs.getString(1), rs.getString(2),
                    logo == null ? Optional.empty() : Optional.of(new Branding.Logo(logo, rs.getString(4)))));
        }
    }
}

package io.waybill.adapters.persistence.epcis;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.ParcelLookup;
import io.waybill.application.port.out.Shipments.CarrierReference;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Parcels by barcode or EPC in {@code shipment_parcels} (indexed by both, migration V27). */
@ApplicationScoped
public class JdbcParcelLookup implements ParcelLookup {

    private final DataSource dataSource;

    public JdbcParcelLookup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public Map<String, CarrierReference> shipmentsOf(Collection<String> parcelCodes) {
        if (parcelCodes.isEmpty()) {
            return Map.of();
        }
        return SqlWork.on(dataSource, "parcel lookup", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select p.epc, p.barcode, s.carrier, s.carrier_tracking_number
                    from shipment_parcels p join shipments s on s.id = p.shipment_id
                    where (p.epc = any (?) or p.barcode = any (?))""" + TenantRows.and("s.tenant_id"))) {
                String[] codes = parcelCodes.toArray(String[]::new);
                ps.setArray(1, c.createArrayOf("varchar", codes));
                ps.setArray(2, c.createArrayOf("varchar", codes));
                TenantRows.bind(ps, 3);
                Map<String, CarrierReference> found = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        CarrierReference shipment = new CarrierReference(new CarrierCode(rs.getString(3)),
                                new CarrierTrackingNumber(rs.getString(4)));
                        for (String code : new String[] {rs.getString(1), rs.getString(2)}) {
                            if (code != null && parcelCodes.contains(code)) {
                                found.put(code, shipment);
                            }
                        }
                    }
                }
                return found;
            }
        });
    }
}

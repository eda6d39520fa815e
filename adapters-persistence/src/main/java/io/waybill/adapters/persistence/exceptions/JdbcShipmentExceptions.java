package io.waybill.adapters.persistence.exceptions;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.ShipmentExceptions;
import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.application.shared.ExceptionQueue;
import io.waybill.domain.exceptions.ExceptionAction;
import io.waybill.domain.exceptions.ConditionBreached;
import io.waybill.domain.exceptions.ExceptionEscalated;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionItem;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.exceptions.ExceptionState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The exceptions queue in tables {@code shipment_exceptions} and {@code exception_actions} (migration V21). Opening
 * relies on two unique indexes (one unresolved item per shipment and kind, one item per condition) and
 * {@code on conflict do nothing}, so concurrent sweeps of several instances open an item once; a change is an update
 * guarded by the version it was made on, with its action (and an escalation's outbox message) in the same transaction.
 */
@ApplicationScoped
public class JdbcShipmentExceptions implements ShipmentExceptions {

    private static final String STORE = "exceptions store";

    private final DataSource dataSource;

    public JdbcShipmentExceptions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public boolean open(ExceptionItem.Change opened, Optional<ConditionBreached> announced) {
        return SqlWork.on(dataSource, STORE, c -> {
            ExceptionItem item = opened.item();
            try (PreparedStatement ps = c.prepareStatement("insert into shipment_exceptions (" + ExceptionRows.COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
                ExceptionRows.insertItem(item, TenantRows.owner(), ps);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            ExceptionRows.appendAction(c, item.getId(), opened.action());
            if (announced.isPresent()) {
                ExceptionRows.announce(c, announced.get(), TenantRows.owner());
            }
            return true;
        });
    }

    @Override
    @Transactional
    public void save(ExceptionItem.Change change, Optional<ExceptionEscalated> announced) {
        SqlWork.on(dataSource, STORE, c -> {
            ExceptionItem i = change.item();
            try (PreparedStatement ps = c.prepareStatement("""
                    update shipment_exceptions set deadline_at = ?, state = ?, assignee = ?, escalation_level = ?,
                        escalated_at = ?, resolved_at = ?, resolved_by = ?, version = ?
                    where id = ? and version = ?""" + TenantRows.and("tenant_id"))) {
                ps.setTimestamp(1, Timestamp.from(i.deadline()));
                ps.setString(2, i.state().name());
                ps.setString(3, i.assignee());
                ps.setInt(4, i.escalationLevel());
                ps.setTimestamp(5, i.escalatedAt() == null ? null : Timestamp.from(i.escalatedAt()));
                ps.setTimestamp(6, i.resolvedAt() == null ? null : Timestamp.from(i.resolvedAt()));
                ps.setString(7, i.resolvedBy());
                ps.setLong(8, i.version());
                ps.setObject(9, i.getId().value());
                ps.setLong(10, i.version() - 1);
                TenantRows.bind(ps, 11);
                if (ps.executeUpdate() == 0) {
                    throw new ConcurrentUpdateException("exception " + i.getId() + " changed since version " + (i.version() - 1));
                }
            }
            ExceptionRows.appendAction(c, i.getId(), change.action());
            if (announced.isPresent()) {
                ExceptionRows.announce(c, announced.get(), i.tenant().value());
            }
            return null;
        });
    }

    @Override
    @Transactional
    public Optional<ExceptionItem> byId(ExceptionId id) {
        List<ExceptionItem> found = items(" where id = ?" + TenantRows.and("tenant_id"), TenantRows.with(id.value()));
        return found.stream().findFirst();
    }

    @Override
    @Transactional
    public List<ExceptionAction> actions(ExceptionId id) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select a.at, a.actor, a.action, a.text from exception_actions a
                    join shipment_exceptions e on e.id = a.exception_id
                    where a.exception_id = ?""" + TenantRows.and("e.tenant_id") + " order by a.id")) {
                ps.setObject(1, id.value());
                TenantRows.bind(ps, 2);
                List<ExceptionAction> trail = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        trail.add(ExceptionRows.action(rs));
                    }
                }
                return trail;
            }
        });
    }

    @Override
    @Transactional
    public List<ExceptionItem> unresolved() {
        return items(" where state <> 'RESOLVED'" + TenantRows.and("tenant_id") + " order by deadline_at, id", TenantRows.with());
    }

    @Override
    @Transactional
    public ExceptionQueue.Page search(ExceptionQueue.Query q) {
        String where = " where state = any (?) and (cardinality(?::text[]) = 0 or kind = any (?))" + TenantRows.and("tenant_id");
        return SqlWork.on(dataSource, STORE, c -> {
            Object[] states = q.states().stream().map(ExceptionState::name).toArray();
            Object[] kinds = q.kinds().stream().map(ExceptionKind::name).toArray();
            long total;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from shipment_exceptions" + where)) {
                ps.setArray(1, c.createArrayOf("text", states));
                ps.setArray(2, c.createArrayOf("text", kinds));
                ps.setArray(3, c.createArrayOf("text", kinds));
                TenantRows.bind(ps, 4);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<ExceptionItem> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select " + ExceptionRows.COLUMNS + " from shipment_exceptions" + where
                    + " order by deadline_at, opened_at, id limit ? offset ?")) {
                ps.setArray(1, c.createArrayOf("text", states));
                ps.setArray(2, c.createArrayOf("text", kinds));
                ps.setArray(3, c.createArrayOf("text", kinds));
                int next = TenantRows.bind(ps, 4);
                ps.setInt(next, q.size());
                ps.setLong(next + 1, (long) q.page() * q.size());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(ExceptionRows.item(rs));
                    }
                }
            }
            return new ExceptionQueue.Page(items, total, q.page(), q.size());
        });
    }

    private List<ExceptionItem> items(String condition, Object[] parameters) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + ExceptionRows.COLUMNS + " from shipment_exceptions" + condition)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setObject(i + 1, parameters[i]);
                }
                List<ExceptionItem> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(ExceptionRows.item(rs));
                    }
                }
                return found;
            }
        });
    }
}

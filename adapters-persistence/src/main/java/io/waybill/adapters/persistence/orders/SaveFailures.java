package io.waybill.adapters.persistence.orders;

import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.application.shared.OrderNumberTakenException;
import io.waybill.domain.order.Order;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.exception.ConstraintViolationException;
import org.postgresql.util.PSQLException;

/** What a failed save of orders means to its caller: a taken order number, or a lost race to retry. */
final class SaveFailures {

    private SaveFailures() {
    }

    static RuntimeException translate(PersistenceException e, List<Order> created) {
        String constraint = constraintName(e);
        if ("orders_tenant_order_number_unique".equals(constraint) && !created.isEmpty()) {
            String detail = serverDetail(e);
            String number = created.stream().map(Order::orderNumber).filter(n -> detail.contains("(" + n + ")"))
                    .findFirst().orElse(created.getFirst().orderNumber());
            return new OrderNumberTakenException(number, null);
        }
        if (constraint != null) {
            return new ConcurrentUpdateException("another writer stored the same data first (" + constraint + ")");
        }
        return e;
    }

    /**
     * PostgreSQL's detail of the failure ("Key (order_number)=(SO-1) already exists."), read from the server's message
     * itself: the exception messages leave it out (logServerErrorDetail=false), so that it reaches no log.
     */
    private static String serverDetail(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next instanceof PSQLException psql && psql.getServerErrorMessage() != null
                            && psql.getServerErrorMessage().getDetail() != null) {
                        return psql.getServerErrorMessage().getDetail();
                    }
                }
            }
        }
        return String.valueOf(e.getMessage());
    }

    private static String constraintName(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve && cve.getConstraintName() != null) {
                return cve.getConstraintName();
            }
        }
        return null;
    }

}

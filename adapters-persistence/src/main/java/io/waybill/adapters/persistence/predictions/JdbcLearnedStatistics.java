package io.waybill.adapters.persistence.predictions;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.application.port.out.LearnedStatistics;
import io.waybill.domain.eta.Lane;
import io.waybill.domain.eta.P2Quantile;
import io.waybill.domain.eta.Stage;
import io.waybill.domain.eta.TransitStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/** The learned transit statistics (P² estimators of each cell) and the P90 calibrations in PostgreSQL, with plain SQL. */
@ApplicationScoped
public class JdbcLearnedStatistics implements LearnedStatistics {

    private final DataSource dataSource;

    public JdbcLearnedStatistics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private <T> T jdbc(SqlWork<T> work) {
        return SqlWork.on(dataSource, "learned statistics store", work);
    }

    @Override
    @Transactional
    public void loadInto(TransitStatistics into) {
        jdbc(c -> {
            loadCells(c, into);
            try (PreparedStatement ps = c.prepareStatement("select carrier, service, stage, p90_widening, observations from eta_calibrations");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.restore(new TransitStatistics.Calibration(rs.getString(1), rs.getString(2), Stage.valueOf(rs.getString(3)),
                            rs.getDouble(4), rs.getLong(5)));
                }
            }
            return null;
        });
    }

    private static void loadCells(Connection c, TransitStatistics into) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select carrier, service, origin, destination, stage, slot, observations,"
                + " p50_heights, p50_positions, p50_desired, p90_heights, p90_positions, p90_desired,"
                + " p20_observations, p20_heights, p20_positions, p20_desired from transit_statistics");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long n = rs.getLong(7);
                long n20 = rs.getLong(14);
                P2Quantile p20 = rs.wasNull() ? null : P2Quantile.restore(0.2, n20, doubles(rs, 15), doubles(rs, 16), doubles(rs, 17));
                into.restore(new Lane(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        Stage.valueOf(rs.getString(5)), rs.getInt(6), new TransitStatistics.Cell(p20,
                                P2Quantile.restore(0.5, n, doubles(rs, 8), doubles(rs, 9), doubles(rs, 10)),
                                P2Quantile.restore(0.9, n, doubles(rs, 11), doubles(rs, 12), doubles(rs, 13))));
            }
        }
    }

    @Override
    @Transactional
    public void save(List<TransitStatistics.Touched> cells, List<TransitStatistics.Calibration> calibrations) {
        if (cells.isEmpty() && calibrations.isEmpty()) {
            return;
        }
        jdbc(c -> {
            saveCells(c, cells);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into eta_calibrations (carrier, service, stage, p90_widening, observations) values (?, ?, ?, ?, ?)
                    on conflict (carrier, service, stage) do update set p90_widening = excluded.p90_widening,
                        observations = excluded.observations""")) {
                for (TransitStatistics.Calibration k : calibrations) {
                    ps.setString(1, k.carrier());
                    ps.setString(2, k.service());
                    ps.setString(3, k.stage().name());
                    ps.setDouble(4, k.p90Widening());
                    ps.setLong(5, k.observations());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static void saveCells(Connection c, List<TransitStatistics.Touched> cells) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into transit_statistics (carrier, service, origin, destination, stage, slot, observations,
                    p50_heights, p50_positions, p50_desired, p90_heights, p90_positions, p90_desired,
                    p20_observations, p20_heights, p20_positions, p20_desired)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (carrier, service, origin, destination, stage, slot) do update set
                    observations = excluded.observations, p50_heights = excluded.p50_heights,
                    p50_positions = excluded.p50_positions, p50_desired = excluded.p50_desired,
                    p90_heights = excluded.p90_heights, p90_positions = excluded.p90_positions,
                    p90_desired = excluded.p90_desired, p20_observations = excluded.p20_observations,
                    p20_heights = excluded.p20_heights, p20_positions = excluded.p20_positions,
                    p20_desired = excluded.p20_desired""")) {
            for (TransitStatistics.Touched t : cells) {
                ps.setString(1, t.lane().carrier());
                ps.setString(2, t.lane().service());
                ps.setString(3, t.lane().origin());
                ps.setString(4, t.lane().destination());
                ps.setString(5, t.stage().name());
                ps.setInt(6, t.slot());
                ps.setLong(7, t.cell().p50Estimator().count());
                setEstimator(c, ps, 8, t.cell().p50Estimator());
                setEstimator(c, ps, 11, t.cell().p90Estimator());
                ps.setLong(14, t.cell().p20Estimator().count());
                setEstimator(c, ps, 15, t.cell().p20Estimator());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** An estimator's heights, positions and desired positions, from parameter {@code first} on. */
    private static void setEstimator(Connection c, PreparedStatement ps, int first, P2Quantile estimator) throws SQLException {
        ps.setArray(first, array(c, estimator.heights()));
        ps.setArray(first + 1, array(c, estimator.positions()));
        ps.setArray(first + 2, array(c, estimator.desired()));
    }

    private static double[] doubles(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        Double[] boxed = (Double[]) array.getArray();
        return Arrays.stream(boxed).mapToDouble(Double::doubleValue).toArray();
    }

    private static Array array(Connection c, double[] values) throws SQLException {
        return c.createArrayOf("float8", Arrays.stream(values).boxed().toArray());
    }
}

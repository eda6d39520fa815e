-- Predictions, second version (issue: predictive delays and ETA).
-- transit_statistics gains a learned P20 (a third P² estimator; null for cells stored before: they learn it from now on,
-- with its own count). Alarms are raised on it: remaining times are lumpy, a P20 from the spread was too often wrong.
alter table transit_statistics
    add column p20_observations bigint,
    add column p20_heights      float8[],
    add column p20_positions    float8[],
    add column p20_desired      float8[];

-- How far each carrier's P90 at each stage is widened, learned online from how the estimates fared (adaptive conformal
-- prediction): it keeps the P90 covering nine deliveries in ten when conditions change.
create table eta_calibrations (
    carrier       varchar(32) not null,
    stage         varchar(32) not null,
    p90_widening  float8      not null,
    observations  bigint      not null,
    primary key (carrier, stage)
);

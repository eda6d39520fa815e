package io.waybill.domain.eta;

import java.util.Arrays;

/**
 * A streaming estimate of one quantile with the P² algorithm (Jain and Chlamtac, 1985): five markers, constant memory
 * and constant time per observation, no observation kept. Exact for the first five values, then a piecewise-parabolic
 * approximation that follows the distribution as it grows. The state is five heights and five positions, so it can
 * be stored and resumed.
 */
public final class P2Quantile {

    private final double p;
    private final double[] heights = new double[5];
    private final double[] positions = {1, 2, 3, 4, 5};
    private final double[] desired;
    private final double[] increments;
    private long count;

    public P2Quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("the quantile must be in (0, 1), got " + p);
        }
        this.p = p;
        this.desired = new double[] {1, 1 + 2 * p, 1 + 4 * p, 3 + 2 * p, 5};
        this.increments = new double[] {0, p / 2, p, (1 + p) / 2, 1};
    }

    /** Resumes a stored estimator. */
    public static P2Quantile restore(double p, long count, double[] heights, double[] positions, double[] desired) {
        P2Quantile q = new P2Quantile(p);
        q.count = count;
        System.arraycopy(heights, 0, q.heights, 0, 5);
        System.arraycopy(positions, 0, q.positions, 0, 5);
        System.arraycopy(desired, 0, q.desired, 0, 5);
        return q;
    }

    public void add(double x) {
        if (count < 5) {
            heights[(int) count] = x;
            count++;
            if (count == 5) {
                Arrays.sort(heights);
            }
            return;
        }
        count++;
        int k;
        if (x < heights[0]) {
            heights[0] = x;
            k = 0;
        } else if (x >= heights[4]) {
            heights[4] = Math.max(heights[4], x);
            k = 3;
        } else {
            k = 0;
            while (k < 3 && x >= heights[k + 1]) {
                k++;
            }
        }
        for (int i = k + 1; i < 5; i++) {
            positions[i]++;
        }
        for (int i = 0; i < 5; i++) {
            desired[i] += increments[i];
        }
        for (int i = 1; i <= 3; i++) {
            double d = desired[i] - positions[i];
            if ((d >= 1 && positions[i + 1] - positions[i] > 1) || (d <= -1 && positions[i - 1] - positions[i] < -1)) {
                int sign = d > 0 ? 1 : -1;
                double candidate = parabolic(i, sign);
                heights[i] = heights[i - 1] < candidate && candidate < heights[i + 1] ? candidate : linear(i, sign);
                positions[i] += sign;
            }
        }
    }

    /** The estimate; NaN before the first observation. */
    public double value() {
        if (count == 0) {
            return Double.NaN;
        }
        if (count < 5) {
            double[] seen = Arrays.copyOf(heights, (int) count);
            Arrays.sort(seen);
            int index = (int) Math.min(seen.length - 1, Math.max(0, Math.ceil(p * seen.length) - 1));
            return seen[index];
        }
        return heights[2];
    }

    public long count() {
        return count;
    }

    public double p() {
        return p;
    }

    public double[] heights() {
        return heights.clone();
    }

    public double[] positions() {
        return positions.clone();
    }

    public double[] desired() {
        return desired.clone();
    }

    private double parabolic(int i, int d) {
        return heights[i] + d / (positions[i + 1] - positions[i - 1])
                * ((positions[i] - positions[i - 1] + d) * (heights[i + 1] - heights[i]) / (positions[i + 1] - positions[i])
                        + (positions[i + 1] - positions[i] - d) * (heights[i] - heights[i - 1]) / (positions[i] - positions[i - 1]));
    }

    private double linear(int i, int d) {
        return heights[i] + d * (heights[i + d] - heights[i]) / (positions[i + d] - positions[i]);
    }
}

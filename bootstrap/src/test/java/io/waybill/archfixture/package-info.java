/** Deliberate architecture violations: every architecture rule must flag them, proving the rule can fail. */
package io.waybill.archfixture;

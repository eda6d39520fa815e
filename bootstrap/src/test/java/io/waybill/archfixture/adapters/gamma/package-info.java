/** Fixture adapter whose only class breaks the HTTP-surface, answer-shape and configuration rules. */
package io.waybill.archfixture.adapters.gamma;

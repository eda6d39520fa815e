/** UN/EDIFACT IFTSTA (international multimodal status report) read as a stream into normalized tracking events. */
@Adapter
package io.waybill.adapters.carriers.edifact;

import org.jmolecules.architecture.hexagonal.Adapter;

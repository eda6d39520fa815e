-- V11 gave every stored prediction the service 'standard'; shipments booked express since V9 had predictions stored in
-- between. Take the service from the shipment, so finished journeys (predicted no more) show it too.
update shipment_predictions p set service = s.service from shipments s where s.id = p.shipment_id and p.service <> s.service;

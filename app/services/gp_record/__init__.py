"""GP Connect Send Document over MESH: the façade is ``GpRecord`` (``core.gp_record``)."""

from app.services.gp_record.facade import DeliveryReport, GpRecord, OutboxItem

__all__ = ["DeliveryReport", "GpRecord", "OutboxItem"]

"""Distances for the directory search: haversine, bounding boxes and postal-code points.

A postal code becomes a point without any network service: the centroid of our own
locations with that exact postal code (spaces and case ignored), else the centroid of those
in the same forward sortation area (FSA, the first three characters, e.g. "K1N"), else
nothing (the search then reports the postal code as unknown and does not filter by distance).
"""

from __future__ import annotations

import math

from django.db.models import F, FloatField, Q, QuerySet
from django.db.models.expressions import CombinedExpression, ExpressionWrapper, Value
from django.db.models.functions import ASin, Cos, Power, Radians, Sin, Sqrt

from liphub.core.models import Partnership
from liphub.directory.models import Address, Location

EARTH_RADIUS_KM = 6371.0088


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def bounding_box(point: tuple[float, float], km: float) -> tuple[float, float, float, float]:
    """(min lat, max lat, min long, max long) of a box holding the circle of radius km."""
    lat, lon = point
    dlat = math.degrees(km / EARTH_RADIUS_KM)
    cos_lat = max(math.cos(math.radians(lat)), 1e-6)
    dlon = min(180.0, math.degrees(km / (EARTH_RADIUS_KM * cos_lat)))
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


def haversine_sql(
    point: tuple[float, float], lat: str = "latitude", lon: str = "longitude"
) -> ExpressionWrapper[CombinedExpression]:
    """The haversine distance (km) from point to the row's (lat, lon) as an ORM expression."""
    lat0, lon0 = math.radians(point[0]), math.radians(point[1])
    half_dlat = (Radians(F(lat)) - Value(lat0)) / Value(2.0)
    half_dlon = (Radians(F(lon)) - Value(lon0)) / Value(2.0)
    h = Power(Sin(half_dlat), 2) + Value(math.cos(lat0)) * Cos(Radians(F(lat))) * Power(
        Sin(half_dlon), 2
    )
    return ExpressionWrapper(
        Value(2.0 * EARTH_RADIUS_KM) * ASin(Sqrt(h)), output_field=FloatField()
    )


def locations_within(
    partnership: Partnership, point: tuple[float, float], km: float
) -> QuerySet[Location]:
    """Active locations within km of point: a bounding box on lat/long, then exact haversine."""
    lat_min, lat_max, lon_min, lon_max = bounding_box(point, km)
    return (
        Location.objects.filter(
            partnership=partnership,
            is_active=True,
            latitude__gte=lat_min,
            latitude__lte=lat_max,
            longitude__gte=lon_min,
            longitude__lte=lon_max,
        )
        .annotate(distance_km=haversine_sql(point))
        .filter(distance_km__lte=km)
    )


def normalise_postal_code(code: str) -> str:
    return "".join(code.split()).upper()


def postal_code_point(partnership: Partnership, code: str) -> tuple[float, float] | None:
    """The centroid of our locations with this postal code, else of its FSA (see module)."""
    code = normalise_postal_code(code)
    if len(code) < 3:
        return None
    rows = list(
        Address.objects.filter(
            partnership=partnership,
            postal_code__istartswith=code[:3],
            location__latitude__isnull=False,
            location__longitude__isnull=False,
        ).values_list("postal_code", "location__latitude", "location__longitude")
    )
    located = [
        (pc, float(lat), float(lon)) for pc, lat, lon in rows if lat is not None and lon is not None
    ]
    exact = [(lat, lon) for pc, lat, lon in located if normalise_postal_code(pc) == code]
    points = exact or [(lat, lon) for _, lat, lon in located]
    if not points:
        return None
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def service_distances(
    partnership: Partnership, point: tuple[float, float], service_ids: list[int]
) -> dict[int, float]:
    """The distance from point to the nearest located place of each service (km)."""
    rows = Location.objects.filter(
        Q(partnership=partnership)
        & Q(service_at_locations__service_id__in=service_ids)
        & Q(latitude__isnull=False, longitude__isnull=False)
    ).values_list("service_at_locations__service_id", "latitude", "longitude")
    found: dict[int, float] = {}
    for service_id, lat, lon in rows:
        if lat is None or lon is None:
            continue
        d = haversine_km(point, (lat, lon))
        if service_id not in found or d < found[service_id]:
            found[service_id] = d
    return found

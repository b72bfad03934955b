// Great-circle distance between two points on the Earth, for the distance
// between capitals.
//
// d = 2 R asin(sqrt(sin^2((phi2 - phi1) / 2) + cos phi1 cos phi2 sin^2((lambda2
// - lambda1) / 2))), the haversine formula (Sinnott 1984, "Virtues of the
// Haversine", Sky and Telescope 68(2)), on a sphere of the IUGG mean radius
// R = 6371.0088 km. The sphere errs by up to about 0.5% against the
// ellipsoid, well below what a distance between capitals is used for.
// Degenerate input: the same point gives 0; antipodes give pi R.
#ifndef ENTENTE_MEASURES_GREAT_CIRCLE_H_
#define ENTENTE_MEASURES_GREAT_CIRCLE_H_

namespace entente {

inline constexpr double kEarthMeanRadiusKm = 6371.0088;

// Kilometres between (lat1, lng1) and (lat2, lng2), in decimal degrees.
double GreatCircleKm(double lat1, double lng1, double lat2, double lng2);

}  // namespace entente

#endif  // ENTENTE_MEASURES_GREAT_CIRCLE_H_

//! clusterfit node binding (being built).

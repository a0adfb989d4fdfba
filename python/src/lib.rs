//! clusterfit python binding (being built).

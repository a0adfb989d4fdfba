//! Built-in knowledge: what a provisioner can do, what an instance type has.
pub mod instances;
pub mod provisioners;

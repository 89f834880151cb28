//! Shared ownership for Python objects.
//!
//! One place decides how values are shared, so that the choice (single-threaded `Rc` today;
//! the native parallel executor copies records between workers as Spark pickles them) can
//! change in one file.

use super::teardown::Teardown;
use std::cell::{Ref, RefCell, RefMut};

/// A reference-counted pointer to a Python object.
pub type Shared<T> = std::rc::Rc<T>;

/// A mutable Python container. Borrowing fails with a Python `RuntimeError` (as CPython
/// does for a list changed while it is being sorted) instead of panicking.
#[derive(Default)]
pub struct PyCell<T: Teardown>(RefCell<T>);

impl<T: Teardown> Drop for PyCell<T> {
    fn drop(&mut self) {
        let mut children = Vec::new();
        self.0.get_mut().take_children(&mut children);
        super::teardown::release(children);
    }
}

impl<T: Teardown> PyCell<T> {
    pub fn new(value: T) -> Self {
        PyCell(RefCell::new(value))
    }
    pub fn borrow(&self) -> crate::Result<Ref<'_, T>> {
        self.0.try_borrow().map_err(|_| busy())
    }
    pub fn borrow_mut(&self) -> crate::Result<RefMut<'_, T>> {
        self.0.try_borrow_mut().map_err(|_| busy())
    }
}

fn busy() -> crate::Error {
    crate::Error::new("RuntimeError", "container modified while it is being used")
}

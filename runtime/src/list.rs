//! How list inputs are taken: anything iterable whose items convert into the element type.

/// What a list parameter or list field of a request takes: an array, a `Vec`, a slice's
/// iterator or any other iterator, whose items convert into `T`.
///
/// ```
/// use personaclick_runtime::IntoList;
///
/// let from_array: Vec<String> = ["shoes", "bags"].into_list();
/// let from_iter: Vec<String> = (1..=2).map(|n| format!("cat-{n}")).into_list();
/// assert_eq!(from_array, ["shoes", "bags"]);
/// assert_eq!(from_iter, ["cat-1", "cat-2"]);
/// ```
pub trait IntoList<T> {
    /// The items, each converted into `T`, in order.
    fn into_list(self) -> Vec<T>;
}

impl<T, I> IntoList<T> for I
where
    I: IntoIterator,
    I::Item: Into<T>,
{
    fn into_list(self) -> Vec<T> {
        self.into_iter().map(Into::into).collect()
    }
}

//! `ssc.union`'s check that its DStreams are read alike (PySpark's `len(set(s.
//! _jrdd_deserializer for s in dstreams)) > 1`: "All DStreams should have same
//! serializer"), e.g. a queue of `parallelize`d lists beside a mapped stream.

use super::{Kind, Mirror, Pair};
use crate::rdd_lineage::Ser;
use runnel_core::stream::StreamId;

impl Mirror {
    /// False when every stream's `_jrdd_deserializer` is known and they differ; a stream
    /// the model does not follow (a `textFileStream`...) is taken as read alike.
    pub(crate) fn same_serializers(&self, ids: &[StreamId]) -> bool {
        let sers: Option<Vec<Ser>> = ids.iter().map(|id| self.known_ser(*id, 0)).collect();
        sers.is_none_or(|s| s.iter().all(|x| *x == s[0]))
    }

    /// A stream's serializer, following those that keep their parent's (windows, unions)
    /// back to where it is set; `None` at a stream the model does not follow.
    fn known_ser(&self, id: StreamId, depth: usize) -> Option<Ser> {
        let streams = self.streams.borrow();
        let stream = streams.get(&id)?;
        let parent = match &stream.kind {
            Kind::Unmodelled(_) => return None,
            Kind::Window { parent, .. } => *parent,
            Kind::Union { parents, .. } => *parents.first()?,
            Kind::Two {
                parents,
                op: Pair::Union,
            } => parents[0],
            _ => return Some(stream.ser),
        };
        drop(streams);
        if depth > 1000 {
            return None;
        }
        self.known_ser(parent, depth + 1)
    }
}
